using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SlmGuide.Site.Theming;

/// <summary>
/// The theme's <c>include 'name.html'</c>: evaluates the parsed partial straight into the page
/// being written. Scriban's own include first renders each partial into a string builder of its
/// own, then empties that builder, which allocates a fresh buffer the size of the partial; at
/// six includes a page that churn drove most of the render stage's garbage collections.
/// Anything else (arguments, a name that is not a parsed partial) goes to Scriban's include, so
/// its errors and behaviour stay as they were.
/// </summary>
internal sealed class PartialInclude(IScriptCustomFunction scribanInclude) : IScriptCustomFunction
{
    public int RequiredParameterCount => scribanInclude.RequiredParameterCount;

    public int ParameterCount => scribanInclude.ParameterCount;

    public ScriptVarParamKind VarParamKind => scribanInclude.VarParamKind;

    public Type ReturnType => scribanInclude.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => scribanInclude.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        // An include indented on its line gets Scriban's own, which indents every line it writes.
        if (callerContext is null || arguments.Count != 1 || arguments[0] is not string name
            || !context.CachedTemplates.TryGetValue(name, out var partial) || partial.Page is null
            || !string.IsNullOrEmpty(context.CurrentIndent))
        {
            return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);
        }

        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.Evaluate(partial.Page);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
