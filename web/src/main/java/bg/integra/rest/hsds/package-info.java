/**
 * The network's directory in the shape of the Open Referral Human Services Data Specification 3.0 (HSDS), at
 * {@code /api/hsds/}: the version endpoint, services, organizations and services at locations as the HSDS API
 * reference names them, with HSDS's pages ({@code page} from 1, {@code per_page}) and UUIDs ({@link
 * bg.integra.rest.hsds.HsdsIds}). Texts are in Bulgarian unless {@code lang} asks for another portal language.
 */
package bg.integra.rest.hsds;
