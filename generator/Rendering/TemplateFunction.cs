using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portfolio.Rendering;

/// <summary>
/// A template function called directly. Scriban calls a function made from a .NET delegate through reflection,
/// whose caches the garbage collector drops and rebuilds under load; the theme's functions run on every line
/// of every page, so they take their arguments as Scriban hands them over instead.
/// </summary>
public sealed class TemplateFunction(string name, int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"value{index + 1}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameters)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"'{name}' takes {parameters} value{(parameters == 1 ? "" : "s")}, not {arguments.Count}");
        }

        return body(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The argument at <paramref name="index"/>, which the template must give (a missing field is an error, not nothing).</summary>
    public static object Value(ScriptNode? caller, ScriptArray arguments, int index) =>
        arguments[index] ?? throw new ScriptRuntimeException(caller?.Span ?? default, $"value {index + 1} is empty");

    /// <summary>The argument at <paramref name="index"/> as text: a template that passes nothing (a missing field) gets an error, not an empty link.</summary>
    public static string Text(TemplateContext context, ScriptNode? caller, ScriptArray arguments, int index) => arguments[index] switch
    {
        string text => text,
        null => throw new ScriptRuntimeException(caller?.Span ?? default, $"value {index + 1} is empty; expected text"),
        var other => context.ObjectToString(other) ?? "",
    };
}
