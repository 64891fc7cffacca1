using System.Net;
using System.Net.Http.Headers;
using SlothActors.Node.Hosting;
using SlothActors.Node.Tests.Hosting;

namespace SlothActors.Node.Tests.Security;

public class BearerTokenTests
{
    private const string Token = "s3cret-token";

    [Fact]
    public async Task Without_a_token_a_request_is_a_401_problem_with_a_challenge()
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        using var response = await node.Client.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"sloth\"");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"status\":401");
        body.ShouldNotContain(Token);
    }

    [Theory]
    [InlineData("Bearer wrong")]
    [InlineData("Bearer s3cret-toke")]
    [InlineData("Bearer s3cret-token-and-more")]
    [InlineData("Basic czNjcmV0LXRva2Vu")]
    [InlineData(Token)]
    public async Task A_wrong_token_or_scheme_is_a_401(string authorization)
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await node.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    public async Task The_right_token_passes_whatever_the_scheme_case(string scheme)
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        node.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, Token);
        using var response = await node.Client.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/")]
    public async Task Health_is_open_without_a_token(string path)
    {
        await using var node = await TestNode.InMemoryAsync(new NodeOptions { Token = Token });
        using var response = await node.Client.GetAsync(path);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task Without_a_configured_token_nothing_is_asked()
    {
        await using var node = await TestNode.InMemoryAsync();
        using var response = await node.Client.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_token_never_appears_in_the_options_text()
    {
        var text = new NodeOptions { Token = Token }.ToString();
        text.ShouldNotContain(Token);
        text.ShouldContain("Token = (set)");
    }
}
