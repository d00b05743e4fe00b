using System.Reflection;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Testing;

namespace SlmGuide.Data.Tests;

/// <summary>The codes an author can meet are all described, and the README's table lists every one.</summary>
public sealed class DiagnosticCatalogTests
{
    private static IEnumerable<string> AllCodes() =>
        typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_code_is_unique_and_described()
    {
        var codes = AllCodes().ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.True(DiagnosticCodes.Descriptions.ContainsKey(code), $"{code} has no description"));
    }

    [Fact]
    public void Readme_lists_every_code()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        Assert.All(AllCodes(), code => Assert.Contains($"| {code} |", readme, StringComparison.Ordinal));
    }
}
