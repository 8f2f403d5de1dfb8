/** Organisations of the integration network: beneficiaries of projects and employers of back-office staff. */
package bg.integra.organisation;
