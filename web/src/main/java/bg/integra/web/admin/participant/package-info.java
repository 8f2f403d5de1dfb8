/** admin/participants/: a participant's personal data, found by e-mail, exported and erased (GDPR). */
package bg.integra.web.admin.participant;
