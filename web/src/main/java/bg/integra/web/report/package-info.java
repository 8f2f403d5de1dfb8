/** A project's final report written as PDF (PDFBox) and XLSX (Apache POI), from one {@code ProjectReport}. */
package bg.integra.web.report;
