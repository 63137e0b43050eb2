/**
 * The app: the hall's elements as React components inside one provider. The hall's
 * DOM events arrive as props (`onHallEventSelect`, …) with typed `detail`s.
 */
import { useState } from 'react';
import { HallEventCalendar, HallProvider, HallShopDirectory, type HallEventSelectDetail, type HallShopSelectDetail } from '@promotion-hall/react';

export interface AppProps {
  /** The hall API's base URL, e.g. `/api/v1` when the page comes from the same server. */
  apiBase: string;
  /** The calendar's first month, `YYYY-MM` (default: this month in Japan). */
  month?: string | undefined;
  /** Told of every event the visitor opens in the calendar. */
  onEventSelect?: ((detail: HallEventSelectDetail) => void) | undefined;
}

export function App({ apiBase, month, onEventSelect }: AppProps) {
  const [event, setEvent] = useState<HallEventSelectDetail>();
  const [shop, setShop] = useState<HallShopSelectDetail>();
  return (
    <HallProvider apiBase={apiBase} lang="ja">
      <main>
        <h1>緑ヶ丘区の催しとお店</h1>
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">催し</h2>
          <HallEventCalendar
            month={month}
            onHallEventSelect={(e) => {
              setEvent(e.detail);
              onEventSelect?.(e.detail);
            }}
          />
          <p role="status" data-testid="selected-event">
            {event ? `選んだ催し: ${event.id}（${event.category}）` : '催しを選ぶとここに表示されます。'}
          </p>
        </section>
        <section aria-labelledby="shops-heading">
          <h2 id="shops-heading">お店</h2>
          <HallShopDirectory onHallShopSelect={(e) => setShop(e.detail)} />
          <p role="status">{shop ? `選んだお店: ${shop.id}` : 'お店を選ぶとここに表示されます。'}</p>
        </section>
      </main>
    </HallProvider>
  );
}
