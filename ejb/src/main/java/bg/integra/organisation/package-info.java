/** Services for the organisations of the network. */
package bg.integra.organisation;
