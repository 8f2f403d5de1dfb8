/**
 * What the portal publishes, in common: texts per language with a fallback, readable addresses, draft and
 * publication, gallery pictures with alt text. The kinds live in their own features: news, event, resource, info.
 */
package bg.integra.content;
