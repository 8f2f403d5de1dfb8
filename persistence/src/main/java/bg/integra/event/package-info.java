/** Events the projects hold: seminars, forums, practicums, trainings, press conferences, discussions. */
package bg.integra.event;
