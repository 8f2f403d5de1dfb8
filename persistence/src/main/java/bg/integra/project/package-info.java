/** EU-funded projects, their grant contracts and the indicators the grant promised. */
package bg.integra.project;
