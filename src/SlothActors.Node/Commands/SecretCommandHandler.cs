using System.Text.RegularExpressions;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;
using SlothActors.Journal.Secrets;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Commands;

/// <summary>
/// <c>sloth secret</c>: operators store what hooks read with <c>secret.get</c>. A secret belongs
/// to a stack (the event's; empty for events without one), is encrypted at rest by the store,
/// and its value never leaves the node again.
/// </summary>
internal sealed partial class SecretCommandHandler(ISecretStore secrets, TimeProvider time)
{
    /// <summary>Bounds a secret: tokens, keys and certificates fit; a file does not belong here.</summary>
    public const int MaxValueChars = 64 * 1024;

    public async Task<object> SetAsync(SetSecret command, CancellationToken ct)
    {
        if (Refusal(command.Name, command.Stack) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrEmpty(command.Value))
        {
            return CommandViews.Refused(Problem.Invalid("value", "the secret's value is empty; pass it on stdin or with --value"));
        }

        if (command.Value.Length > MaxValueChars)
        {
            return CommandViews.Refused(Problem.TooLarge($"a secret's value may be at most {MaxValueChars} characters; this one has {command.Value.Length}", "value"));
        }

        await secrets.SetAsync(command.Stack ?? "", command.Name, command.Value, time.GetUtcNow(), ct).ConfigureAwait(false);
        return new CommandDone(command.Name, "stored");
    }

    public async Task<object> ListAsync(ListSecrets command, CancellationToken ct)
    {
        if (command.Stack is { } stack && !Stack().IsMatch(stack))
        {
            return CommandViews.Refused(BadStack(stack));
        }

        var names = await secrets.ListAsync(command.Stack ?? "", ct).ConfigureAwait(false);
        return new SecretList(command.Stack ?? "", names);
    }

    public async Task<object> RemoveAsync(RemoveSecret command, CancellationToken ct)
    {
        if (Refusal(command.Name, command.Stack) is { } refused)
        {
            return refused;
        }

        return await secrets.RemoveAsync(command.Stack ?? "", command.Name, ct).ConfigureAwait(false)
            ? new CommandDone(command.Name, "removed")
            : CommandViews.Refused(Problem.NotFound($"no secret named '{command.Name}' in stack '{command.Stack ?? ""}'; `sloth secret list --stack STACK` shows them"));
    }

    private static CommandRefused? Refusal(string name, string? stack) =>
        string.IsNullOrEmpty(name) || !Name().IsMatch(name)
            ? CommandViews.Refused(Problem.Invalid("name", $"secret name '{Shorten(name)}' is not valid: 1-128 characters of letters, digits, '_', '.', '-'"))
            : stack is not null && !Stack().IsMatch(stack) ? CommandViews.Refused(BadStack(stack)) : null;

    private static Problem BadStack(string stack) =>
        Problem.Invalid("stack", $"stack '{Shorten(stack)}' is not valid: up to 256 characters, no control characters");

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "...";

    // The names hooks ask secret.get for: plain identifiers that are safe in any log line.
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,128}$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[^\p{Cc}]{0,256}$")]
    private static partial Regex Stack();
}
