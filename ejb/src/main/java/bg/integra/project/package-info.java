/** Services for EU-funded projects and their indicators, with the rule that coordinators act only for their own organisation. */
package bg.integra.project;
