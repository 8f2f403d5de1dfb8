/** News articles, press releases, press conferences and media publications about the projects. */
package bg.integra.news;
