using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Pages;

/// <summary>
/// The commands that run a model, shown on its page only when the data names a real GGUF
/// repository on Hugging Face (the developer's own, in `gguf`): llama.cpp's <c>-hf</c> and
/// Ollama's <c>hf.co/</c> names both fetch such a repository. A guessed name would send readers
/// to a model that may not exist, so no other model gets a command.
/// </summary>
internal static class RunCommands
{
    public static IReadOnlyList<string> For(Model model)
    {
        if (model.Gguf is not { Host: "huggingface.co" } gguf)
        {
            return [];
        }

        var segments = gguf.AbsolutePath.Trim('/').Split('/');
        if (segments.Length != 2 || segments.Any(s => s.Length == 0))
        {
            return [];
        }

        var repository = $"{segments[0]}/{segments[1]}";
        return [$"llama-cli -hf {repository}", $"ollama run hf.co/{repository}"];
    }
}
