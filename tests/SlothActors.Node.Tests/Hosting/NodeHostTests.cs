using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Health;
using SlothActors.Node.Hosting;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Hosting;

public class NodeHostTests
{
    [Fact]
    public async Task Metrics_are_served_in_the_prometheus_text_format_over_real_http()
    {
        await using var node = await TestNode.OnKestrelAsync();
        node.App.Services.GetRequiredService<NodeMetrics>().Accepted("task.failed");
        using var response = await node.Client.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; version=0.0.4; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).ShouldContain("sloth_events_accepted_total{category=\"task\",type=\"task.failed\"} 1\n");
    }

    [Fact]
    public async Task The_host_watches_no_configuration_file_for_changes()
    {
        await using var node = await TestNode.InMemoryAsync();
        var configuration = (IConfigurationRoot)node.App.Services.GetRequiredService<IConfiguration>();
        var fileSources = configuration.Providers.OfType<FileConfigurationProvider>().Select(provider => provider.Source).ToList();
        fileSources.ShouldNotBeEmpty();
        fileSources.ShouldAllBe(source => !source.ReloadOnChange);
    }

    [Fact]
    public async Task Health_without_a_journal_is_unavailable_with_503()
    {
        await using var node = await TestNode.InMemoryAsync();
        using var response = await node.Client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("unavailable");
        json.RootElement.GetProperty("storage").GetProperty("storage_type").GetString().ShouldBe("none");
    }

    [Fact]
    public async Task Health_has_the_collector_shape_with_the_storage_report()
    {
        var parts = new NodeHostParts { ConfigureServices = b => b.Services.AddSingleton<IStorageHealth>(new FixedStorage()) };
        await using var node = await TestNode.InMemoryAsync(parts: parts);
        node.App.Services.GetRequiredService<NodeMetrics>().Completed("task.completed");
        using var response = await node.Client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("status").GetString().ShouldBe("healthy");
        var collector = root.GetProperty("collector");
        collector.GetProperty("healthy").GetBoolean().ShouldBeTrue();
        collector.GetProperty("started").GetBoolean().ShouldBeTrue();
        collector.GetProperty("storage_type").GetString().ShouldBe("sqlite");
        collector.GetProperty("events_processed").GetInt64().ShouldBe(1);
        collector.GetProperty("active_websockets").GetInt64().ShouldBe(0);
        root.GetProperty("storage").GetProperty("total_events").GetInt64().ShouldBe(1234);
    }

    [Theory]
    [InlineData("/nowhere", 404)]
    [InlineData("/metrics/", 200)]
    public async Task Unknown_paths_are_problems_and_trailing_slashes_are_tolerated(string path, int status)
    {
        await using var node = await TestNode.InMemoryAsync();
        using var response = await node.Client.GetAsync(path);
        ((int)response.StatusCode).ShouldBe(status);
        if (status == 404)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        await using var node = await TestNode.InMemoryAsync();
        using var response = await node.Client.PostAsync("/metrics", new StringContent(""));
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_not_a_500()
    {
        var parts = new NodeHostParts
        {
            MapEndpoints = app => app.MapPost("/echo", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                return (await reader.ReadToEndAsync()).Length;
            }),
        };
        await using var node = await TestNode.OnKestrelAsync(new NodeOptions { MaxBodyBytes = 1024 }, parts);
        using var small = await node.Client.PostAsync("/echo", new StringContent(new string('a', 100)));
        small.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var large = await node.Client.PostAsync("/echo", new StringContent(new string('a', 5000)));
        large.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        large.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Bad_json_reaching_model_binding_is_a_400_problem_not_a_500()
    {
        var parts = new NodeHostParts { MapEndpoints = app => app.MapPost("/typed", (Payload payload) => payload.Name) };
        await using var node = await TestNode.InMemoryAsync(parts: parts);
        using var response = await node.Client.PostAsync("/typed", new StringContent("{not json", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"title\":");
    }

    [Fact]
    public async Task A_fault_in_a_handler_is_a_500_problem_that_reveals_nothing()
    {
        var parts = new NodeHostParts { MapEndpoints = app => app.MapGet("/boom", string () => throw new InvalidOperationException("secret internals")) };
        await using var node = await TestNode.InMemoryAsync(parts: parts);
        using var response = await node.Client.GetAsync("/boom");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("secret internals");
        body.ShouldContain("urn:sloth:problem:internal");
    }

    internal sealed record Payload(string Name);

    private sealed class FixedStorage : IStorageHealth
    {
        public string StorageType => "sqlite";

        public ValueTask<StorageHealthReport> CheckAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(new StorageHealthReport(StorageHealthReport.Healthy, 1234));
    }
}
