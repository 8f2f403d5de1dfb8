/** Back-office accounts and their roles. */
package bg.integra.account;
