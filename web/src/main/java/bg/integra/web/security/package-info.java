/** Sign-in, roles, brute-force limits and the security headers of every answer. */
package bg.integra.web.security;
