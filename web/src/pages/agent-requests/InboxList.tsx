// A service's inbox: the requests of one status (new, taken, waiting, answered), oldest first, a page at a
// time, with the proposed theme, the office, the due date and the overdue and reminded flags.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { failureText } from "../../api/client";
import { Pagination } from "../../components/TableControls";
import { dateTimeFormat } from "../../../../domain/i18n";
import { OFFICE_NAMES, OFFICES, type Office } from "../../../../domain/requests/labels";
import { INBOX_STATUSES, type InboxStatus } from "../../../../domain/requests/statuses";
import { inbox, type Inbox } from "./api";
import { requestsTranslations } from "./translations";

const PAGE = 25;

export function InboxList() {
  const { t, lang } = useTranslations(requestsTranslations);
  const [service, setService] = useState<Office | "">("");
  const [status, setStatus] = useState<InboxStatus>("new");
  const [page, setPage] = useState(0);
  const [data, setData] = useState<Inbox | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = dateTimeFormat(lang, { day: "numeric", month: "short", year: "numeric" });

  useEffect(() => {
    let current = true;
    setError(null);
    inbox({ service: service || undefined, status, offset: page * PAGE, limit: PAGE })
      .then((result) => current && setData(result))
      .catch((e: unknown) => current && setError(t("loadError", { message: failureText(e) })));
    return () => {
      current = false;
    };
  }, [service, status, page]);

  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t("tabInbox")}</h2>
      <div class="filters">
        <div class="field">
          <label for="inbox-service">{t("serviceLabel")}</label>
          <select id="inbox-service" value={service} onChange={(e) => (setService(e.currentTarget.value as Office | ""), setPage(0))}>
            <option value="">{t("allServices")}</option>
            {OFFICES.map((o) => <option key={o} value={o}>{OFFICE_NAMES[o][lang]}</option>)}
          </select>
        </div>
        <fieldset class="status-filter">
          <legend>{t("statusLabel")}</legend>
          {INBOX_STATUSES.map((s) => (
            <label class="choice" key={s}>
              <input type="radio" name="inbox-status" value={s} checked={status === s} onChange={() => (setStatus(s), setPage(0))} /> {t(`status_${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      {data && data.items.length === 0 && <p>{t("inboxEmpty")}</p>}
      {data && data.items.length > 0 && (
        <>
          <table class="inbox" data-inbox>
            <caption>{t("inboxCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colReceived")}</th>
                <th scope="col">{t("colSubject")}</th>
                <th scope="col">{t("colChannel")}</th>
                <th scope="col">{t("colTheme")}</th>
                <th scope="col">{t("colService")}</th>
                <th scope="col">{t("colDue")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <td>{date.format(new Date(r.receivedAt))}</td>
                  <td>
                    <Link href={`/agent/demandes?demande=${r.id}`}>{r.subject || t("noSubject")}</Link>
                  </td>
                  <td>{t(`channel_${r.channel}`)}</td>
                  <td>{r.theme ?? "—"}</td>
                  <td>{r.service ? OFFICE_NAMES[r.service][lang] : "—"}</td>
                  <td>
                    {r.dueAt ? date.format(new Date(r.dueAt)) : "—"} {r.overdue && <span class="badge badge-late">{t("overdue")}</span>}{" "}
                    {r.remindedAt && <span class="badge">{t("reminded")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination caption={t("inboxCaption")} page={page} pages={Math.max(1, Math.ceil(data.total / PAGE))} onPage={setPage} />
        </>
      )}
    </section>
  );
}
