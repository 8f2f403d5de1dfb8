/** What Integra's PDF documents share: the EU emblem the publicity rules require, and the font. */
package bg.integra.web.pdf;
