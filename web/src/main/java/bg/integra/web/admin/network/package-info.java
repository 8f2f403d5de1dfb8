/** The back-office of the network's directory: what a member keeps there and when it was last checked. */
package bg.integra.web.admin.network;
