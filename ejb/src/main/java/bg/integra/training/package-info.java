/**
 * The online training's services: the public catalogue and outlines ({@link bg.integra.training.TrainingCatalogue}),
 * a learner's enrolment, lesson views, progress and completion ({@link bg.integra.training.Learning}, with the one
 * completion rule in {@link bg.integra.training.CompletionRule}), and the trainers' writing of courses, modules
 * and lessons ({@link bg.integra.training.CourseEditing}, {@link bg.integra.training.OutlineEditing}) and their
 * view of the learners ({@link bg.integra.training.Learners}).
 */
package bg.integra.training;
