using System.Text;

namespace SlmGuide.Site.Output;

/// <summary>
/// Writes the site into a staging folder beside the target and swaps it in only on success, so a
/// failed or interrupted build never leaves a half-written site where the old one was.
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        StagingPath = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingPath);
    }

    public string StagingPath { get; }

    public string FolderPath => StagingPath;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(StagingPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void CopyFolder(string source, string relativeTarget)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.Combine(relativeTarget, Path.GetRelativePath(source, file));
            var destination = Path.Combine(StagingPath, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Moves the old site aside, the new one in, then deletes the old one.</summary>
    public void Commit()
    {
        var retired = _target + $".old-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(_target);
        if (hadPrevious)
        {
            Directory.Move(_target, retired);
        }

        Directory.Move(StagingPath, _target);
        _committed = true;
        if (hadPrevious)
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingPath))
        {
            Directory.Delete(StagingPath, recursive: true);
        }
    }
}
