using SlmGuide.Bench.Native;
using SlmGuide.Testing;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

public sealed class LlamaSharpNativesTests
{
    [Fact]
    public void The_natives_come_from_the_restored_package_not_from_any_output_folder()
    {
        var folder = LlamaSharpNatives.Locate();

        Assert.StartsWith(Path.GetFullPath(LlamaSharpBuild.BackendFolder), folder, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(AppContext.BaseDirectory, "libllama*", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_pinned_version_is_the_one_the_build_recorded()
    {
        var props = File.ReadAllText(Path.Combine(TestRepository.Root, "Directory.Packages.props"));

        Assert.Contains($"<PackageVersion Include=\"LLamaSharp\" Version=\"{LlamaSharpBuild.PackageVersion}\" />", props, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_OpenMP_runtime_is_one_line_naming_the_Debian_package()
    {
        var exception = Assert.Throws<LlamaEngineNotFoundException>(() => LlamaSharpNatives.RequireOpenMp("libgomp-slmguide-missing.so.1"));

        Assert.Equal(
            "LLamaSharp's CPU backend needs the OpenMP runtime libgomp-slmguide-missing.so.1: install the Debian package libgomp1 (`apt-get install libgomp1`).",
            exception.Message);
    }
}
