package bg.integra.rest.knowledge;

import bg.integra.apitoken.Idempotency;
import bg.integra.apitoken.Written;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.knowledge.KnowledgeWrites;
import bg.integra.knowledge.Practice;
import bg.integra.rest.RestApplication;
import bg.integra.rest.common.ApiWrites;
import bg.integra.rest.common.BearerToken;
import bg.integra.rest.common.Parameters;
import bg.integra.common.PageRequest;
import bg.integra.rest.common.PageDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.function.Function;

/**
 * A member's program writes its organisation's good practices, cases and initiatives with a WRITE token, under the back-office's
 * review (see {@link KnowledgeWrites}): a POST makes a draft, {@code …/{id}/submission} sends it for review, an editor
 * publishes it. Every answer is the item's {@link KnowledgeStateDto}; its ETag is the version for the next If-Match.
 * The published items are read at the same addresses by {@link KnowledgeResource}.
 */
@Path("v1/network")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Knowledge base")
public class KnowledgeWriteResource {

    private static final String PRACTICES = "practices";
    private static final String CASES = "cases";
    private static final String INITIATIVES = "initiatives";
    /** Drafts are the organisation's own business: no shared cache keeps them. */
    private static final CacheControl PRIVATE = CacheControl.valueOf("private, no-store");

    @Inject
    private ApiWrites api;

    @Inject
    private KnowledgeWrites writes;

    @POST
    @Path(PRACTICES)
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Write a draft good practice of the token's organisation",
            description = "Needs a WRITE token. Every field of PracticeRequest; title.bg, audience and area are required. "
                    + "The practice is a draft until it is submitted and an editor publishes it. Idempotency-Key as for centres.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PracticeRequest.class)))
    @APIResponse(responseCode = "201", description = "Made; Location is its address (read there once published), ETag its version")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in the application/problem+json body")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key came with another request")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response createPractice(@Parameter(description = "A key of the client's choosing, at most 200 characters")
                                   @HeaderParam(ApiWrites.IDEMPOTENCY_KEY) String key, InputStream body, @Context UriInfo uri) {
        return create(Practice.class, key, body, uri, json -> ApiWrites.parse(json, PracticeRequest.class).draft());
    }

    @POST
    @Path(CASES)
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Write a draft case of the token's organisation",
            description = "Needs a WRITE token. Every field of CaseRequest; title.bg and area are required. The check for "
                    + "personal data (ЕГН, ЛНЧ, telephone numbers, e-mail addresses) runs when it is submitted.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseRequest.class)))
    @APIResponse(responseCode = "201", description = "Made; Location is its address (read there once published), ETag its version")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in the application/problem+json body")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key came with another request")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response createCase(@Parameter(description = "A key of the client's choosing, at most 200 characters")
                               @HeaderParam(ApiWrites.IDEMPOTENCY_KEY) String key, InputStream body, @Context UriInfo uri) {
        return create(CaseStudy.class, key, body, uri, json -> ApiWrites.parse(json, CaseRequest.class).draft());
    }

    @PUT
    @Path(PRACTICES + "/{id}")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Replace every field of a practice of the token's organisation",
            description = "Needs a WRITE token and If-Match. A submitted or published practice becomes a draft again: "
                    + "what the portal shows was read by an editor.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PracticeRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
    @APIResponse(responseCode = "400", description = "Bad fields or If-Match, each named")
    @APIResponse(responseCode = "404", description = "No such practice of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response updatePractice(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return update(id, ifMatch, body, json -> ApiWrites.parse(json, PracticeRequest.class).draft());
    }

    @PUT
    @Path(CASES + "/{id}")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Replace every field of a case of the token's organisation",
            description = "Needs a WRITE token and If-Match. A submitted or published case becomes a draft again.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
    @APIResponse(responseCode = "400", description = "Bad fields or If-Match, each named")
    @APIResponse(responseCode = "404", description = "No such case of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response updateCase(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return update(id, ifMatch, body, json -> ApiWrites.parse(json, CaseRequest.class).draft());
    }

    @POST
    @Path(PRACTICES + "/{id}/submission")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Send a draft practice for review",
            description = "Needs a WRITE token and If-Match. Refused naming the field when the practice has not run for a "
                    + "year yet (start). Sending a submitted one again changes nothing.")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version")
    @APIResponse(responseCode = "400", description = "What stops it, each field named")
    @APIResponse(responseCode = "404", description = "No such practice of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response submitPractice(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return submit(Practice.class, id, ifMatch);
    }

    @POST
    @Path(CASES + "/{id}/submission")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Send a draft case for review",
            description = "Needs a WRITE token and If-Match. Refused naming each field that holds personal data "
                    + "(situation, or situation.en for another language).")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version")
    @APIResponse(responseCode = "400", description = "What stops it, each field named")
    @APIResponse(responseCode = "404", description = "No such case of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response submitCase(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return submit(CaseStudy.class, id, ifMatch);
    }

    @GET
    @Path(PRACTICES + "/states")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "The good practices of the token's organisation in whatever status, the newest first",
            description = "Needs a WRITE token. How a program finds its drafts again and learns which an editor "
                    + "published or sent back (with the reason). Published ones are also read at /{id}.")
    @APIResponse(responseCode = "200", description = "A page of their states")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response practiceStates(@Parameter(description = "DRAFT, SUBMITTED or PUBLISHED; all when absent")
                              @QueryParam("status") String status,
                              @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return states(Practice.class, status, page, size);
    }

    @GET
    @Path(CASES + "/states")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "The cases of the token's organisation in whatever status, the newest first",
            description = "Needs a WRITE token. How a program finds its drafts again and learns which an editor "
                    + "published or sent back (with the reason). Published ones are also read at /{id}.")
    @APIResponse(responseCode = "200", description = "A page of their states")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response caseStates(@Parameter(description = "DRAFT, SUBMITTED or PUBLISHED; all when absent")
                              @QueryParam("status") String status,
                              @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return states(CaseStudy.class, status, page, size);
    }

    @GET
    @Path(PRACTICES + "/{id}/state")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Where a practice of the token's organisation is in its review, with the reviewer's reason")
    @APIResponse(responseCode = "200", description = "Its state; ETag is its version")
    @APIResponse(responseCode = "404", description = "No such practice of the token's organisation")
    public Response practiceState(@PathParam("id") String id) {
        return state(Practice.class, id);
    }

    @GET
    @Path(CASES + "/{id}/state")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Where a case of the token's organisation is in its review, with the reviewer's reason")
    @APIResponse(responseCode = "200", description = "Its state; ETag is its version")
    @APIResponse(responseCode = "404", description = "No such case of the token's organisation")
    public Response caseState(@PathParam("id") String id) {
        return state(CaseStudy.class, id);
    }

    @DELETE
    @Path(PRACTICES + "/{id}")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Delete a practice of the token's organisation that is not published")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such practice of the token's organisation")
    @APIResponse(responseCode = "409", description = "Published (an editor takes it off first), or changed since If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response deletePractice(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writes.delete(api.client().tokenId(), Practice.class, Parameters.id("id", id), ApiWrites.version(ifMatch));
        return Response.noContent().build();
    }

    @DELETE
    @Path(CASES + "/{id}")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Delete a case of the token's organisation that is not published")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such case of the token's organisation")
    @APIResponse(responseCode = "409", description = "Published (an editor takes it off first), or changed since If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response deleteCase(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writes.delete(api.client().tokenId(), CaseStudy.class, Parameters.id("id", id), ApiWrites.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path(INITIATIVES)
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Write a draft initiative of the token's organisation",
            description = "Needs a WRITE token. Every field of InitiativeRequest; kind and title.bg are required. A draft "
                    + "until it is submitted and an editor publishes it. Idempotency-Key as for centres.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InitiativeRequest.class)))
    @APIResponse(responseCode = "201", description = "Made; Location is its address (read there once published), ETag its version")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in the application/problem+json body")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key came with another request")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response createInitiative(@Parameter(description = "A key of the client's choosing, at most 200 characters")
                                     @HeaderParam(ApiWrites.IDEMPOTENCY_KEY) String key, InputStream body, @Context UriInfo uri) {
        return create(Initiative.class, key, body, uri, json -> ApiWrites.parse(json, InitiativeRequest.class).draft());
    }

    @PUT
    @Path(INITIATIVES + "/{id}")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Replace every field of an initiative of the token's organisation",
            description = "Needs a WRITE token and If-Match. A submitted or published initiative becomes a draft again.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InitiativeRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
    @APIResponse(responseCode = "400", description = "Bad fields or If-Match, each named")
    @APIResponse(responseCode = "404", description = "No such initiative of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response updateInitiative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return update(id, ifMatch, body, json -> ApiWrites.parse(json, InitiativeRequest.class).draft());
    }

    @POST
    @Path(INITIATIVES + "/{id}/submission")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Send a draft initiative for review",
            description = "Needs a WRITE token and If-Match. Refused naming the field: an upcoming initiative that has "
                    + "begun (start), a completed project that has not ended (end).")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version")
    @APIResponse(responseCode = "400", description = "What stops it, each field named")
    @APIResponse(responseCode = "404", description = "No such initiative of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response submitInitiative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return submit(Initiative.class, id, ifMatch);
    }

    @GET
    @Path(INITIATIVES + "/states")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "The initiatives of the token's organisation in whatever status, the newest first",
            description = "Needs a WRITE token. How a program finds its drafts again and learns which an editor "
                    + "published or sent back (with the reason). Published ones are also read at /{id}.")
    @APIResponse(responseCode = "200", description = "A page of their states")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response initiativeStates(@Parameter(description = "DRAFT, SUBMITTED or PUBLISHED; all when absent")
                              @QueryParam("status") String status,
                              @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return states(Initiative.class, status, page, size);
    }

    @GET
    @Path(INITIATIVES + "/{id}/state")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Where an initiative of the token's organisation is in its review, with the reviewer's reason")
    @APIResponse(responseCode = "200", description = "Its state; ETag is its version")
    @APIResponse(responseCode = "404", description = "No such initiative of the token's organisation")
    public Response initiativeState(@PathParam("id") String id) {
        return state(Initiative.class, id);
    }

    @DELETE
    @Path(INITIATIVES + "/{id}")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Delete an initiative of the token's organisation that is not published")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such initiative of the token's organisation")
    @APIResponse(responseCode = "409", description = "Published (an editor takes it off first), or changed since If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response deleteInitiative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writes.delete(api.client().tokenId(), Initiative.class, Parameters.id("id", id), ApiWrites.version(ifMatch));
        return Response.noContent().build();
    }

    private <T extends KnowledgeItem<?>> Response create(Class<T> type, String key, InputStream body, UriInfo uri,
                                                      Function<String, KnowledgeDraft<T>> read) {
        String json = ApiWrites.body(body);
        Idempotency idempotency = ApiWrites.idempotency(key, uri.getRequestUri().getRawPath(), json);
        Written written = writes.create(api.client().tokenId(), read.apply(json), idempotency);
        KnowledgeStateDto state = KnowledgeStateDto.of(writes.get(api.client().tokenId(), type, written.id()));
        return ApiWrites.created(uri, written, state, state.version());
    }

    private <T extends KnowledgeItem<?>> Response update(String id, String ifMatch, InputStream body,
                                                      Function<String, KnowledgeDraft<T>> read) {
        long itemId = Parameters.id("id", id);
        long version = ApiWrites.version(ifMatch);
        KnowledgeDraft<T> draft = read.apply(ApiWrites.body(body));
        writes.update(api.client().tokenId(), itemId, version, draft);
        return state(draft.type(), id);
    }

    private Response submit(Class<? extends KnowledgeItem<?>> type, String id, String ifMatch) {
        long itemId = Parameters.id("id", id);
        writes.submit(api.client().tokenId(), type, itemId, ApiWrites.version(ifMatch));
        return state(type, id);
    }

    private Response states(Class<? extends KnowledgeItem<?>> type, String status, String page, String size) {
        PageRequest paging = Parameters.paging(page, size);
        KnowledgeStatus wanted = Parameters.enumeration("status", status, KnowledgeStatus.class);
        return Response.ok(PageDto.of(writes.list(api.client().tokenId(), type, wanted, paging), KnowledgeStateDto::of))
                .cacheControl(PRIVATE).build();
    }

    private Response state(Class<? extends KnowledgeItem<?>> type, String id) {
        KnowledgeStateDto state = KnowledgeStateDto.of(writes.get(api.client().tokenId(), type, Parameters.id("id", id)));
        return ApiWrites.changed(state, state.version());
    }
}
