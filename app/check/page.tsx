import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page/page-metadata";
import { CheckPage } from "@/components/check/check-page";
import { priceListData } from "@/lib/prices/load-price-list";
import { priceList } from "@/lib/prices/price-list";

export const metadata: Metadata = pageMetadata(
  "Проверка заказов — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  "Проверка списка заказов по акции «Лето с выгодой»: загрузите CSV или XLSX, и каждая строка получит решение, цену по акции и пункт Правил. Список не покидает ваш компьютер.",
);

export default function CheckOrdersPage() {
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="text-3xl font-bold">Проверка заказов</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Загрузите список заказов — выгрузку из CRM или заявки партнёра, — и каждая строка получит
        решение по акции «Лето с выгодой», цену по прайс-листу и по акции и пункты Правил.
      </p>
      <p className="mt-3 max-w-3xl rounded-lg border border-green-700 bg-green-50 p-3">
        Список не покидает ваш компьютер: строки считаются прямо в браузере, на сервер ничего не
        отправляется.
      </p>
      <ul className="mt-3 list-disc pl-5">
        <li>
          <a href="/check/template.csv" className="text-blue-800 underline" download>
            Скачать шаблон CSV
          </a>{" "}
          — столбцы с нужными названиями и три примера; открывается в Excel.
        </li>
        <li>
          Для интеграций — API{" "}
          <a href="/api/openapi.json" className="text-blue-800 underline">
            POST /api/quotes
          </a>
          : до 10 000 заказов в одном запросе или поток NDJSON любой длины.
        </li>
      </ul>
      <CheckPage priceList={priceListData(priceList().catalog)} />
    </main>
  );
}
