/**
 * The knowledge base in the API, {@code /api/v1/network/practices}, {@code cases}, {@code measures} and {@code initiatives}: published
 * items only, paged and filtered as the portal's lists, texts as maps from a language code to the text.
 */
package bg.integra.rest.knowledge;
