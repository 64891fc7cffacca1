using System.Net;
using SlothActors.Node.Hosting;
using SlothActors.Node.Security;

namespace SlothActors.Node.Tests.Security;

public class BindRuleTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    [InlineData("127.0.0.2")]
    public void Loopback_needs_no_token(string bind) =>
        BindRule.Check(bind, token: null, insecure: false).Refusal.ShouldBeNull();

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("10.1.2.3")]
    public void Any_other_address_is_refused_without_a_token_and_says_how_to_fix_it(string bind)
    {
        var (address, refusal) = BindRule.Check(bind, token: null, insecure: false);
        address.ShouldBeNull();
        refusal.ShouldNotBeNull();
        refusal.ShouldContain($"refusing to listen on {bind} without a token");
        refusal.ShouldContain("--token");
        refusal.ShouldContain("--insecure");
    }

    [Fact]
    public void A_token_or_insecure_allows_any_address()
    {
        BindRule.Check("0.0.0.0", token: "t", insecure: false).Address.ShouldBe(IPAddress.Any);
        BindRule.Check("0.0.0.0", token: null, insecure: true).Address.ShouldBe(IPAddress.Any);
    }

    [Fact]
    public void A_bind_that_is_no_address_is_refused() =>
        BindRule.Check("example.com", token: "t", insecure: true).Refusal!.ShouldContain("is not an IP address");

    [Fact]
    public void The_host_refuses_to_build_on_a_public_address_without_a_token()
    {
        var error = Should.Throw<NodeOptionsException>(() => NodeHost.Build(new NodeOptions { Bind = "0.0.0.0" }));
        error.Message.ShouldContain("refusing to listen on 0.0.0.0");
    }
}
