/** One site's saved picks: what each does, when it was made, its selector and text, and whether it went stale. */
import type { SitePick } from '../shared/picks.ts';
import type { MessageKey, T } from '../ui/i18n.ts';
import { optionsPlural } from './plural.ts';

/** A character no message holds, marking where a substitution goes so it can be rendered as its own element. */
const SLOT = '\uE000';

const WHAT: Record<'hide' | 'keep', Record<'comments' | 'ads', MessageKey>> = {
  hide: { comments: 'optionsHideComments', ads: 'optionsHideAds' },
  keep: { comments: 'optionsKeepComments', ads: 'optionsKeepAds' },
};

/** What a pick does, as text; the article's path pattern rendered as code where the message puts it. */
export function PickWhat({ t, pick, id }: { t: T; pick: SitePick; id: string }) {
  if (pick.action !== 'article') {
    return <span class="qr-pick-what" id={id}>{t(WHAT[pick.action][pick.kind ?? 'comments'])}</span>;
  }
  const [before = '', after = ''] = t('optionsArticle', [SLOT]).split(SLOT);
  return (
    <span class="qr-pick-what" id={id}>
      {before}
      <code dir="ltr">{pick.pathPattern}</code>
      {after}
    </span>
  );
}

export interface SitePicksProps {
  t: T;
  /** The UI locale, for dates and numbers. */
  locale: string;
  host: string;
  picks: readonly SitePick[];
  onRemove: (host: string, pick: SitePick) => void;
  onReset: (host: string) => void;
}

/** A DOM id from a host and a pick id, which may hold any character. */
function domId(...parts: string[]): string {
  return `qr-${parts.map((part) => encodeURIComponent(part).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

export function SitePicks({ t, locale, host, picks, onRemove, onReset }: SitePicksProps) {
  const headingId = domId('site', host);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section class="qr-site" aria-labelledby={headingId} data-host={host}>
      <div class="qr-site-head">
        <h2 id={headingId}>
          <bdi dir="ltr">{host}</bdi>
        </h2>
        <span class="qr-site-count">{optionsPlural(t, 'optionsPickCount', picks.length)}</span>
        <button type="button" class="qr-button" aria-describedby={headingId} onClick={() => onReset(host)}>
          {t('optionsResetSite')}
        </button>
      </div>
      <ul class="qr-pick-list">
        {picks.map((pick) => {
          const whatId = domId('what', host, pick.id);
          const selectorId = domId('selector', host, pick.id);
          return (
            <li class="qr-pick" key={pick.id} data-pick-id={pick.id} data-stale={pick.stale ? 'true' : undefined}>
              <div class="qr-pick-head">
                <PickWhat t={t} pick={pick} id={whatId} />
                {pick.created > 0 && (
                  <time class="qr-pick-date" dateTime={new Date(pick.created).toISOString()}>
                    {t('optionsPicked', [dates.format(pick.created)])}
                  </time>
                )}
                <button type="button" class="qr-button" aria-describedby={`${whatId} ${selectorId}`} onClick={() => onRemove(host, pick)}>
                  {t('optionsRemove')}
                </button>
              </div>
              <dl class="qr-pick-details">
                <dt>{t('optionsSelector')}</dt>
                <dd>
                  <code class="qr-pick-selector" id={selectorId} dir="ltr">{pick.selector}</code>
                </dd>
                {pick.label !== '' && (
                  <>
                    <dt>{t('optionsText')}</dt>
                    <dd class="qr-pick-label">
                      <bdi>{pick.label}</bdi>
                    </dd>
                  </>
                )}
              </dl>
              {pick.stale && <p class="qr-pick-stale">{t('optionsStale')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
