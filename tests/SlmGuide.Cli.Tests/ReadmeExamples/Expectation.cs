namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>What an example must have added to the built site, so that a passing `check` is not the only proof it was read.</summary>
internal sealed record Expectation(string What, Func<string, bool> IsIn);
