export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">Калькулятор акции «Лето с выгодой»</h1>
      <p className="mt-4 text-lg">
        Здесь скоро появится расчёт цены лицензий 1С-Битрикс по акции «Лето с выгодой» для
        Казахстана, действующей с 28 июля по 31 августа 2025 года.
      </p>
    </main>
  );
}
