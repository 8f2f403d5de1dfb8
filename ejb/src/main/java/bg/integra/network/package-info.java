/** The network's directory of member organisations, their services and locations: searched, listed and kept. */
package bg.integra.network;
