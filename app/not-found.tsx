import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">Страница не найдена</h1>
      <p className="mt-4 text-lg">Такой страницы нет. Возможно, адрес введён с ошибкой.</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-700 underline hover:text-blue-900">
          Вернуться к калькулятору
        </Link>
      </p>
    </main>
  );
}
