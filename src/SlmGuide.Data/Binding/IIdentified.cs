namespace SlmGuide.Data.Binding;

/// <summary>An entry other tables can point at by a stable id.</summary>
public interface IIdentified
{
    string Id { get; }
}
