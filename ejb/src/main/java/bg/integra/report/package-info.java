/** A project's final report: the figures the PDF, the XLSX and the back-office dashboard all show. */
package bg.integra.report;
