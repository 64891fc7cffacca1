using System.Net;
using SlothActors.Node.Hosting;
using SlothActors.Node.Tests.Hosting;

namespace SlothActors.Node.Tests.Api;

public class UiEndpointTests
{
    private const string Token = "ui-s3cret";

    [Theory]
    [InlineData("/ui", "text/html")]
    [InlineData("/ui/", "text/html")]
    [InlineData("/ui/app.css", "text/css")]
    [InlineData("/ui/js/app.js", "text/javascript")]
    [InlineData("/ui/js/views/events.js", "text/javascript")]
    public async Task The_ui_files_are_served_from_the_assembly_without_a_token(string path, string mediaType)
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        using var response = await node.Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        (await response.Content.ReadAsStringAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_page_loads_its_files_from_the_node_only()
    {
        await using var node = await TestNode.InMemoryAsync();
        var page = await node.Client.GetStringAsync("/ui");
        page.ShouldContain("<script type=\"module\" src=\"/ui/js/app.js\"></script>");
        page.ShouldNotContain("http://");
        page.ShouldNotContain("https://");
    }

    [Fact]
    public async Task An_unknown_ui_file_is_a_404_problem()
    {
        await using var node = await TestNode.InMemoryAsync();
        using var response = await node.Client.GetAsync("/ui/nothing.js");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_ui_prefix_opens_only_the_ui_not_paths_that_merely_start_alike()
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        using var response = await node.Client.GetAsync("/uix");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
