namespace SlmGuide.Data.Binding;

/// <summary>A row of a data list that may be marked <c>draft: true</c> (<see cref="DraftRows"/>). Pages have their own draft flag in front matter.</summary>
public interface IDraftRow
{
    bool Draft { get; }
}
