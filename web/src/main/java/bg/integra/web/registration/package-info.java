/** The registrant's own page: cancelling a registration from the link in the e-mail. */
package bg.integra.web.registration;
