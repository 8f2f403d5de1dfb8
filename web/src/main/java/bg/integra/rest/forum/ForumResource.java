package bg.integra.rest.forum;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.TopicOrder;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.PageDto;
import bg.integra.rest.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("v1/forum")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Forum", description = "The network's forum, read-only: categories, topics and their posts")
public class ForumResource {

    @Inject
    private Cacheable cache;

    @Inject
    private ForumService forum;

    @GET
    @Path("categories")
    @Operation(summary = "The forum's categories in the front page's order",
            description = "Name and description in the language asked for, else in its fallback (textLanguage says "
                    + "which); language is the one language of a category's topics, or null when it is open to all.")
    @APIResponse(responseCode = "200", description = "Every category")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response categories(@Parameter(description = "Language of the texts, one of the portal's (default bg)") @QueryParam("lang") String lang,
                               @Context Request request, @Context UriInfo uri) {
        String language = language(lang);
        return cache.ok(request, uri, Set.of(Tags.FORUM),
                () -> forum.categories().stream().map(c -> ForumCategoryDto.of(c, language)).toList());
    }

    @GET
    @Path("topics")
    @Operation(summary = "Visible topics, a page at a time",
            description = "Of one category (pinned ones first) or of all; latest: by the latest post, top: by the most posts.")
    @APIResponse(responseCode = "200", description = "A page of topics")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    @APIResponse(responseCode = "404", description = "No such category, as application/problem+json")
    public Response topics(@Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                           @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                           @Parameter(description = "The category's slug, or its id when a number (default: all)") @QueryParam("category") String category,
                           @Parameter(description = "latest (default) or top") @QueryParam("order") String order,
                           @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        TopicOrder sort = Parameters.enumeration("order", order, TopicOrder.class);
        String named = Parameters.text("category", category, ForumCategory.SLUG_LENGTH);
        return cache.ok(request, uri, Set.of(Tags.FORUM), () -> {
            Long categoryId = named == null ? null : category(named.strip()).getId();
            return PageDto.of(forum.topics(categoryId, sort == null ? TopicOrder.LATEST : sort, paging), ForumTopicSummaryDto::of);
        });
    }

    @GET
    @Path("topics/{id}")
    @Operation(summary = "One visible topic with a page of its visible posts, in their order")
    @APIResponse(responseCode = "200", description = "The topic and its posts")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    @APIResponse(responseCode = "404", description = "No such visible topic, as application/problem+json")
    public Response topic(@PathParam("id") String id,
                          @Parameter(description = "Zero-based page number of the posts") @QueryParam("page") String page,
                          @Parameter(description = "Posts a page, 1 to 100 (default 20)") @QueryParam("size") String size,
                          @Context Request request, @Context UriInfo uri) {
        long topicId = Parameters.id("id", id);
        PageRequest paging = Parameters.paging(page, size);
        // the lists' tag too: authors' display names change (and deleted accounts) under it
        return cache.ok(request, uri, Set.of(Tags.forumTopic(topicId), Tags.FORUM), () -> {
            ForumTopic topic = forum.topic(topicId);
            return ForumTopicDto.of(topic, forum.posts(topicId, paging));
        });
    }

    /** A category by its slug, or by its id when the value is a number. */
    private ForumCategory category(String named) {
        boolean number = named.chars().allMatch(Character::isDigit);
        return forum.categories().stream()
                .filter(c -> number ? String.valueOf(c.getId()).equals(named) : c.getSlug().equals(named))
                .findFirst().orElseThrow(() -> new NotFoundException("ForumCategory", named));
    }

    /** One of the portal's languages; Bulgarian when none is asked for. */
    private static String language(String lang) {
        return Parameters.portalLanguage("lang", lang, Languages.DEFAULT);
    }
}
