/**
 * The directory of the integration network, modelled on the Open Referral Human Services Data Specification 3.0:
 * member organisations offer {@link bg.integra.network.Service services} at {@link bg.integra.network.Location
 * locations} (a {@link bg.integra.network.ServiceAtLocation}), each location with its opening hours in Sofia's
 * time and the languages spoken there, and each record with the date and the person that last checked it.
 */
package bg.integra.network;
