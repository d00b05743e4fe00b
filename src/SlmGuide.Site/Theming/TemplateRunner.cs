using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Theming;

/// <summary>
/// Renders parsed templates. Each thread keeps one context between renders, with the parsed
/// partials in its cache, so includes never re-parse and Scriban's per-type member accessors are
/// built once per thread instead of once per page. Limits stop a runaway template.
/// </summary>
public sealed class TemplateRunner(Theme theme)
{
    // Scriban's built-in functions are a large object built per context unless one is passed in;
    // templates only read it, so every context shares one.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    // Found before the built-ins, which stay untouched; see PartialInclude.
    private static readonly ScriptObject ThemeFunctions = new()
    {
        ["include"] = new PartialInclude((IScriptCustomFunction)Builtins["include"]!),
    };

    // One per thread, for the runner (theme) that made it; taken while in use, so a render
    // nested in another gets a context of its own.
    [ThreadStatic]
    private static (TemplateRunner Owner, TemplateContext Context)? t_idle;

    /// <summary>Renders a template with the given top-level variables; the value is null when it failed (and says why).</summary>
    public Rendered<string?> Render(Template template, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(variables);
        var globals = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            globals.SetValue(name, value, readOnly: true);
        }

        var context = t_idle is { } idle && idle.Owner == this ? idle.Context : NewContext();
        t_idle = null;
        context.PushGlobal(globals);
        context.PushOutput(new PageOutput());
        string html;
        try
        {
            html = template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            // The context may have stopped mid-template with its stacks unbalanced: it is not reused.
            return new Rendered<string?>(null, [Diagnostic.Error(
                DiagnosticCodes.TemplateRuntime,
                TemplateLocation.Of(exception.Span.FileName ?? template.SourceFilePath ?? "theme", exception.Span),
                $"template error: {exception.OriginalMessage}",
                null)]);
        }

        context.PopOutput();
        context.PopGlobal();
        t_idle = (this, context);
        return Rendered.Clean<string?>(html);
    }

    private TemplateContext NewContext()
    {
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

        context.PushGlobal(ThemeFunctions);
        return context;
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
