using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Theming;

/// <summary>
/// Renders parsed templates. A fresh context per render keeps parallel pages apart; the parsed
/// partials are shared, so includes never re-parse. Limits stop a runaway template.
/// </summary>
public sealed class TemplateRunner(Theme theme)
{
    // Scriban's built-in functions are a large object built per context unless one is passed in;
    // templates only read it, so every render shares one.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>Renders a template with the given top-level variables; null when it failed (reported).</summary>
    public string? Render(Template template, IReadOnlyDictionary<string, object?> variables, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            globals.SetValue(name, value, readOnly: true);
        }

        var context = new TemplateContext(Builtins)
        {
            TemplateLoader = new MissingPartialLoader(),
            LoopLimit = 100_000,
            RecursiveLimit = 32,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (name, partial) in theme.Partials)
        {
            context.CachedTemplates[name] = partial;
        }

        context.PushGlobal(globals);
        context.PushOutput(new PageOutput());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TemplateRuntime,
                TemplateLocation.Of(exception.Span.FileName ?? template.SourceFilePath ?? "theme", exception.Span),
                $"template error: {exception.OriginalMessage}",
                null));
            return null;
        }
    }

    // Known partials are already in the context's cache, so Scriban only asks the loader for unknown ones.
    private sealed class MissingPartialLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"no partial `{templatePath}` in theme/partials/");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
