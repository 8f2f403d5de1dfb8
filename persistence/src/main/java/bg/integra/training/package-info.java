/**
 * Online training (issue 12): courses for immigrants and for the staff of institutions and NGOs, made of ordered
 * modules of ordered lessons, with texts per language; learners' enrolments (open, or by a key whose hash alone is
 * kept) and the lessons each has viewed, from which progress and completion follow.
 */
package bg.integra.training;
