/**
 * The training's back-office ({@code admin/training/}, trainers and administrators): the list of courses, a course's
 * editor, its outline of modules and lessons, a lesson's editor and the course's learners.
 */
package bg.integra.web.admin.training;
