/**
 * The portal's news: the paged list of articles and an article's page.
 */
package bg.integra.web.news;
