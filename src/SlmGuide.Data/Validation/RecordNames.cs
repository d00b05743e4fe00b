using System.Text;

namespace SlmGuide.Data.Validation;

/// <summary>A record type as messages name it: <c>AdoptionCase</c> → "adoption case".</summary>
internal static class RecordNames
{
    public static string Of(Type recordType)
    {
        var name = recordType.Name;
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
