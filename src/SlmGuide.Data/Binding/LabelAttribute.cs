namespace SlmGuide.Data.Binding;

/// <summary>
/// The Japanese name of a field or enumeration value, as the survey template writes it.
/// For fields it feeds "did you mean" hints (an author may type the column heading as a key) and
/// the editor schemas; for enumeration members it is the exact text written in YAML.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
