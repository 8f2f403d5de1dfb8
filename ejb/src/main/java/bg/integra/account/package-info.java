/** Back-office accounts: sign-in with lock-out, the first administrator, and account management. */
package bg.integra.account;
