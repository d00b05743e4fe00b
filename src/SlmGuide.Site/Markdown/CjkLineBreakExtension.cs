using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// A line break inside a paragraph between two Japanese (or Chinese) characters renders as
/// nothing, not as a space: Japanese has no spaces between words, so an author who wraps a long
/// sentence in the source must not get 「資料です。 モデルの」 on the page. CSS Text 3 asks browsers
/// to drop such a break themselves, but Chromium does not. Hangul is left alone, because Korean
/// separates words with spaces.
/// </summary>
public sealed class CjkLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new CjkAwareLineBreakRenderer());
        }
    }

    private sealed class CjkAwareLineBreakRenderer : LineBreakInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
        {
            if (!obj.IsHard && CjkText.IsWide(LastCharBefore(obj)) && CjkText.IsWide(FirstCharAfter(obj)))
            {
                return;
            }

            base.Write(renderer, obj);
        }

        private static int LastCharBefore(Inline inline)
        {
            for (var previous = inline.PreviousSibling; previous is not null; previous = previous.PreviousSibling)
            {
                if (CjkText.LastChar(previous) is int found)
                {
                    return found;
                }
            }

            return -1;
        }

        private static int FirstCharAfter(Inline inline)
        {
            for (var next = inline.NextSibling; next is not null; next = next.NextSibling)
            {
                if (CjkText.FirstChar(next) is int found)
                {
                    return found;
                }
            }

            return -1;
        }
    }
}
