/**
 * The online training's portal pages: the catalogue ({@code /training}), a course's page with its outline and
 * enrolment form ({@code /training/{slug}}) and a lesson ({@code /training/{slug}/lessons/{id}}, enrolled learners
 * only, never cached).
 */
package bg.integra.web.training;
