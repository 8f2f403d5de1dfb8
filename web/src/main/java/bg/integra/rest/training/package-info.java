/** The online training in the API: the public catalogue and a published course's outline, read-only. */
package bg.integra.rest.training;
