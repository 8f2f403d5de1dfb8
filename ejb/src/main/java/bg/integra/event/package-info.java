/** See the entities of the same package in the persistence module. */
package bg.integra.event;
